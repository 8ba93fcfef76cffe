# sys.exit(n) ends the script with exit status n after running finally
# blocks; output printed before the exit is kept; stderr stays empty.
import sys
def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("finally still runs")
    print("not reached")
main()
print("not reached either")
