# Date arithmetic without modules: leap years, days in month, day of the
# week by Zeller's congruence and by counting days since 1970-01-01,
# adding days to a date, and printing a month calendar grid.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def days_since_epoch(y, m, d):
    days = sum(366 if is_leap(yy) else 365 for yy in range(1970, y))
    days += sum(days_in_month(y, mm) for mm in range(1, m))
    return days + d - 1
def weekday(y, m, d):
    return (days_since_epoch(y, m, d) + 3) % 7
def add_days(y, m, d, n):
    while n > 0:
        left = days_in_month(y, m) - d
        if n <= left:
            return y, m, d + n
        n -= left + 1
        y, m, d = (y + 1, 1, 1) if m == 12 else (y, m + 1, 1)
    return y, m, d
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(1900), is_leap(2024))
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1969, 7, 20), (2038, 1, 19), (1999, 12, 31)]:
    z = zeller(*date)
    print(date, NAMES[z], z == weekday(*date) if date[0] >= 1970 else "-")
print(add_days(2024, 2, 27, 3), add_days(2023, 12, 30, 3), add_days(2024, 1, 1, 365), add_days(2023, 1, 1, 365))
print(days_since_epoch(2024, 1, 1), days_since_epoch(2000, 3, 1) - days_since_epoch(2000, 2, 28))
def month_grid(y, m):
    lines = [f"{y}-{m:02d}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_grid(2024, 2))
print(month_grid(2021, 8))
fridays = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", fridays)
