# tokenizer + recursive descent parser + evaluator with error reporting
class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self): return f"Token({self.kind}, {self.value!r})"
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos
def tokenize(src):
    i, out = 0, []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'): j += 1
            text = src[i:j]
            out.append(Token("NUM", float(text) if '.' in text else int(text), i)); i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'): j += 1
            out.append(Token("NAME", src[i:j], i)); i = j
        elif c in "+-*/%^(),=":
            out.append(Token("OP", c, i)); i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    out.append(Token("EOF", None, len(src)))
    return out
import math
FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}
class Parser:
    def __init__(self, src, env):
        self.toks, self.i, self.env = tokenize(src), 0, env
    def peek(self): return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, v):
        t = self.next()
        if t.value != v: raise ParseError(f"expected {v!r}, got {t.value!r}", t.pos)
        return t
    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].value == "=":
            name = self.next().value; self.next()
            val = self.expr(); self.env[name] = val
            return val
        v = self.expr()
        if self.peek().kind != "EOF":
            raise ParseError(f"trailing {self.peek().value!r}", self.peek().pos)
        return v
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.next().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.next().value
            r = self.factor()
            if op == "*": v *= r
            elif op == "/": v /= r
            else: v %= r
        return v
    def factor(self):
        if self.peek().value == "-":
            self.next(); return -self.factor()
        b = self.atom()
        if self.peek().value == "^":
            self.next(); return b ** self.factor()
        return b
    def atom(self):
        t = self.next()
        if t.kind == "NUM": return t.value
        if t.kind == "NAME":
            if self.peek().value == "(":
                self.next(); args = [self.expr()]
                while self.peek().value == ",":
                    self.next(); args.append(self.expr())
                self.expect(")")
                if t.value not in FUNCS: raise NameError(f"unknown function {t.value}")
                return FUNCS[t.value](*args)
            if t.value not in self.env: raise NameError(f"name '{t.value}' is not defined")
            return self.env[t.value]
        if t.value == "(":
            v = self.expr(); self.expect(")"); return v
        raise ParseError(f"unexpected {t.value!r}", t.pos)
env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % 3", "x = 5", "y = x * 2 + 1",
         "sqrt(16) + abs(-3)", "max(1, x, y, 3)", "round(pi * 100) / 100", "1 / 0", "2 * (3 + ", "foo + 1",
         "3 $ 4", "1 2", "bar(3)", "1.5 * 4", "x * y - 3 ^ 2", "min(4, 2) * -x"]
print(tokenize("a = 3.5*(b+1)"))
for src in lines:
    try:
        print(f"{src:<24} => {Parser(src, env).statement()}")
    except ParseError as e:
        print(f"{src:<24} !! ParseError: {e} (pos={e.pos})")
    except (ZeroDivisionError, NameError) as e:
        print(f"{src:<24} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
