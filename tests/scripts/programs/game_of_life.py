# Conway's Game of Life on a small wrapping grid: a glider and a blinker
# evolving for several generations, printed as text, with population counts
# and detection of a repeating state.
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
H, W = 8, 10
world = parse([
    ".#........",
    "..#.......",
    "###.......",
    "..........",
    "......###.",
    "..........",
    "..........",
    "..........",
])
seen = {}
for gen in range(6):
    print(f"generation {gen}: population {len(world)}")
    print(render(world, H, W))
    world = step(world, H, W)
blinker = parse(["...", "###", "..."])
states = []
state = frozenset(blinker)
for i in range(5):
    if state in states:
        print("blinker repeats after", i - states.index(state), "steps")
        break
    states.append(state)
    state = frozenset(step(state, 5, 5))
glider = parse([".#.", "..#", "###"])
g = glider
for _ in range(4):
    g = step(g, 20, 20)
shift = {((r - 1) % 20, (c - 1) % 20) for r, c in g}
print("glider moved one cell diagonally after 4 steps:", shift == glider)
