# Uncaught chained exception (raise ... from ...): the last line is the
# outer exception.
def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError(f"invalid port {text!r}") from exc
print(parse_port("8080"))
print(parse_port("http"))
