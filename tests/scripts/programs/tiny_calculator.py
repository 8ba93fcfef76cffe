# A tiny expression interpreter: a tokenizer, a recursive-descent parser
# producing tuples, an evaluator with variables, and error reporting for
# bad input; operator precedence, unary minus, parentheses and power.
import math
class ParseError(Exception):
    pass
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif c in "+-*/%()=,":
            tokens.append(("op", c))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r} at {i}")
    tokens.append(("end", None))
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.unary())
        return node
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return ("**", base, self.unary())
        return base
    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {value!r}")
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
            "%": lambda: a % b, "**": lambda: a ** b}[kind]()
env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "-2 ** 2", "2 ** 3 ** 2", "x = 7", "y = x * 2 - 1", "x * y % 10",
         "sqrt(16) + max(1, y, 3)", "10 / 4", "7 % -3", "z + 1", "1 +", "3 $ 4", "(1 + 2", "1 / 0", "pi * 2"]
for line in lines:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<24} => {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{line:<24} => parse error: {e}")
    except (NameError, ZeroDivisionError) as e:
        print(f"{line:<24} => {type(e).__name__}: {e}")
print(Parser(tokenize("a = -(1 + b) * 2")).statement())
print(sorted(k for k in env if k != "pi"))
