# strftime: datetime's directives (%f %z %Z) on top of time.strftime, and ISO %G/%V over a century of dates
import datetime, time
d = datetime.date(1999, 12, 1)
out = []
for i in range(0, 12000, 7):
    x = d + datetime.timedelta(days=i * 3 + i % 5)
    out.append(x.strftime('%G-%V %U %W %j %a %c %x %X %D %F %%f %e'))
    out.append(time.strftime('%G %V %u %w %C', x.timetuple()))
dt = datetime.datetime(2024, 2, 29, 13, 5, 9, 1234, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'A%B'))
print(dt.strftime('%f %z %Z %% %Y %I %p'), datetime.time(7, 8, 9, 10).strftime('%H %f %Y %j %a'))
import hashlib; print(hashlib.md5("\n".join(out).encode()).hexdigest(), len(out))
