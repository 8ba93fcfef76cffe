# User-defined exception hierarchies: extra attributes, custom __init__
# calling super().__init__, custom __str__, catching by the application base
# class, and exceptions carrying structured data.
class AppError(Exception):
    """Base of this application's errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"{self.key!r} was not found"
class RetryableError(AppError):
    pass
class Timeout(RetryableError):
    def __init__(self, seconds, *rest):
        super().__init__(seconds, *rest)
        self.seconds = seconds
def validate(user):
    if "name" not in user:
        raise NotFound("name")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("age", 0) < 0:
        raise ValueError("age must be non-negative")
    return "ok"
for u in [{"name": "Al"}, {}, {"name": "A"}, {"name": "Bob", "age": -1}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("ValidationError:", e, "| field =", e.field, "| args =", e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, "| args =", e.args, "| repr =", repr(e))
    except ValueError as e:
        print("plain ValueError:", e)
try:
    raise Timeout(30, "connect")
except RetryableError as e:
    print("retry after", e.seconds, e.args, str(e), isinstance(e, AppError))
print(AppError.__doc__, [c.__name__ for c in Timeout.__mro__])
print(repr(ValidationError("f", "m")), str(NotFound(3)), repr(NotFound(3)))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
class Errors(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors
try:
    problems = []
    for v in ["1", "x", "3", "y"]:
        try:
            int(v)
        except ValueError as e:
            problems.append(str(e))
    if problems:
        raise Errors(problems)
except Errors as e:
    print(e)
    for p in e.errors:
        print("  -", p)
