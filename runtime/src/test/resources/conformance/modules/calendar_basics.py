# calendar: leap years, weekdays, month ranges and calendars, the text layout of months and
# years, first-weekday changes, timegm and the error messages.
import calendar


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(1, 1, 1))
for y, m in [(2024, 2), (2023, 2), (2000, 2), (1900, 2), (2024, 12), (2021, 1)]:
    print(y, m, calendar.monthrange(y, m))
attempt('month 13', lambda: calendar.monthrange(2020, 13))
attempt('month 0', lambda: calendar.monthrange(2020, 0))
attempt('bad day', lambda: calendar.weekday(2023, 2, 29))
attempt('firstweekday 7', lambda: calendar.setfirstweekday(7))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[12], len(calendar.day_name))
print(calendar.month_name[1:4], calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.month(2024, 2), end='')
print(calendar.month(2023, 10, 3, 2), end='')
calendar.prmonth(1999, 12)
print(calendar.calendar(2024), end='')
print(calendar.calendar(2023, 3, 1, 4, 4), end='')
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
cal = calendar.Calendar(6)
print(list(cal.iterweekdays()), cal.getfirstweekday(), cal.monthdayscalendar(2024, 9)[0])
print([d.isoformat() for d in cal.itermonthdates(2024, 9)][:3], list(cal.itermonthdays2(2024, 2))[:8])
print(list(cal.itermonthdays3(2024, 1))[:2], list(cal.itermonthdays4(2024, 12))[-2:])
print(cal.monthdatescalendar(2023, 5)[-1][-1], len(cal.yeardayscalendar(2024)), len(cal.yeardatescalendar(2024, 4)[0]))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 6), end='')
print(tc.formatyear(2025, m=2), end='')
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0])
print(calendar.month(2024, 3), end='')
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.timegm((2024, 3, 1, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(issubclass(calendar.IllegalMonthError, ValueError), calendar.error is ValueError)
print(calendar.formatstring(['a', 'b'], 5, 2) + '|')
