@dec

  
