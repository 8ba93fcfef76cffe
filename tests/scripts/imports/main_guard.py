# `if __name__ == "__main__":` runs when executed as a script; the imported
# helper sees its own module name, and its guarded block does not run.
import geometry_helpers
def main():
    print("main() called; __name__ is", __name__)
    print("helper's __name__ is", geometry_helpers.__name__)
if __name__ == "__main__":
    main()
else:
    print("imported, not run")
