# raise SystemExit with a non-integer code: the code is printed to stderr
# and the exit status is 1.
print("shutting down")
raise SystemExit("stopped by user request")
