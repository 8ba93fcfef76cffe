# sys.exit(0) and raise SystemExit(0) stop the script successfully: later
# lines do not run and the exit status is 0.
import sys
for i in range(5):
    print("line", i)
    if i == 2:
        sys.exit(0)
print("never printed")
