def nothing():
    pass
class Nothing:
    pass
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
while False:
    pass
print(nothing(), Nothing.__name__, ...)
def stub(): ...
print(stub())
