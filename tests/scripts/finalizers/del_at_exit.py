# Objects still referenced by module globals are finalized when the
# interpreter shuts down, after the last line of the script has run.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalized at exit:", self.name)
keeper = Tracked("global")
print("last line of the script")
