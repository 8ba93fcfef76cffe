# Uncaught UnboundLocalError: assigning to a global's name inside a function
# makes it local everywhere in that function.
count = 0
def increment():
    count += 1
    return count
increment()
