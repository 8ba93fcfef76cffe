x = '\uzz'
