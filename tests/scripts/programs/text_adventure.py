# A text adventure driven by commands from standard input: rooms in a dict,
# an inventory, locked doors, unknown commands, and a score; the game ends
# on "quit" or when input runs out.
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}
locked = {("kitchen", "down"): "key"}
here = "hall"
inventory = []
score = 0
moves = 0
def look():
    room = rooms[here]
    items = ", ".join(room["items"]) or "nothing"
    print(f"You are in {room['desc']}. Exits: {', '.join(sorted(room['exits']))}. You see: {items}.")
look()
while True:
    try:
        line = input("> ")
    except EOFError:
        print("\n(end of input)")
        break
    print(line)
    words = line.lower().split()
    if not words:
        continue
    verb, *rest = words
    moves += 1
    if verb == "quit":
        break
    elif verb == "look":
        look()
    elif verb == "go" and rest:
        direction = rest[0]
        exits = rooms[here]["exits"]
        if direction not in exits:
            print("You can't go that way.")
        elif (here, direction) in locked and locked[here, direction] not in inventory:
            print(f"The way {direction} is locked.")
        else:
            here = exits[direction]
            look()
    elif verb == "take" and rest:
        item = rest[0]
        if item in rooms[here]["items"]:
            rooms[here]["items"].remove(item)
            inventory.append(item)
            score += 50 if item == "treasure" else 5
            print(f"Taken: {item}.")
        else:
            print(f"There is no {item} here.")
    elif verb == "inventory":
        print("You carry:", ", ".join(inventory) if inventory else "nothing")
    else:
        print(f"I don't understand {line!r}.")
print(f"Score {score} in {moves} moves; carrying {sorted(inventory)}.")
