import time

cases = [
    ("2023-01-05", "%Y-%m-%d"),
    ("2023-01-05 14:30:59", "%Y-%m-%d %H:%M:%S"),
    ("20230105", "%Y%m%d"),
    ("5/1/23", "%d/%m/%y"),
    ("1/2/69", "%m/%d/%y"),
    ("Thu Jan  5 14:30:59 2023", "%a %b %d %H:%M:%S %Y"),
    ("Thu Jan  5 14:30:59 2023", "%c"),
    ("thursday, JANUARY 05 2023", "%A, %B %d %Y"),
    ("07:15 PM", "%I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("12:00 pm", "%I:%M %p"),
    ("11", "%I"),
    ("2024 060", "%Y %j"),
    ("2023 365", "%Y %j"),
    ("02-29", "%m-%d"),
    ("31", "%d"),
    ("12:34:56.789", "%H:%M:%S.%f"),
    ("2023-06-01T08:00:00", "%Y-%m-%dT%H:%M:%S"),
    ("10%", "%d%%"),
    ("2023   7", "%Y %m"),
    ("Mon 2023-01-05", "%a %Y-%m-%d"),
    ("01/05/23", "%x"),
    ("23:59:60", "%X"),
]
for s, f in cases:
    t = time.strptime(s, f)
    print(repr(s), repr(f), tuple(t))
t = time.strptime("2000-02-29 10:11:12", "%Y-%m-%d %H:%M:%S")
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(type(t).__name__, time.strftime("%Y/%m/%d %H.%M", t))
print(time.mktime(time.strptime("2020-01-01", "%Y-%m-%d")) == time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, -1)))
for s, f in [("2023-13-01", "%Y-%m-%d"), ("2023-02-30", "%Y-%m-%d"), ("2023-01-05x", "%Y-%m-%d"),
             ("abc", "%Y"), ("2023", "%Q"), ("2023", "%Y%"), ("2023-03-04", "%F"), ("5", "%e"), ("", "%Y"), ("2023-1-5 ", "%Y-%m-%d")]:
    try:
        print(time.strptime(s, f))
    except ValueError as e:
        print("ValueError:", e)
try:
    time.strptime(2023, "%Y")
except TypeError as e:
    print("TypeError:", e)
