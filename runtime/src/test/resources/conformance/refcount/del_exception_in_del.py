class Careful:
    def __del__(self):
        print('del runs first')
c = Careful()
c2 = c
del c
print('one ref left')
del c2
print('done')
class Revive:
    saved = []
    def __del__(self):
        print('reviving')
        Revive.saved.append(self)
r = Revive()
del r
print('revived count', len(Revive.saved))
obj = Revive.saved.pop()
print('popped saved; del will not run again')
del obj
print('end')
