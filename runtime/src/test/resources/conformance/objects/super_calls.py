class Base:
    def __init__(self):
        print('Base.__init__')
        self.trail = ['Base']
    def who(self):
        return 'Base'
class Left(Base):
    def __init__(self):
        print('Left.__init__')
        super().__init__()
        self.trail.append('Left')
    def who(self):
        return 'Left>' + super().who()
class Right(Base):
    def __init__(self):
        print('Right.__init__')
        super().__init__()
        self.trail.append('Right')
    def who(self):
        return 'Right>' + super().who()
class Diamond(Left, Right):
    def __init__(self):
        print('Diamond.__init__')
        super().__init__()
        self.trail.append('Diamond')
    def who(self):
        return 'Diamond>' + super().who()
d = Diamond()
print(d.trail)
print(d.who())
print(super(Left, d).who())
class Meta:
    @classmethod
    def create(cls):
        return cls.__name__
class Sub(Meta):
    @classmethod
    def create(cls):
        return 'Sub+' + super().create()
print(Sub.create())
