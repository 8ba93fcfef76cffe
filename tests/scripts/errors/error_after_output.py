# Output printed before an uncaught error is kept (stdout is flushed) even
# when it has no trailing newline.
print("line one")
print("partial line", end="")
{}["boom"]
