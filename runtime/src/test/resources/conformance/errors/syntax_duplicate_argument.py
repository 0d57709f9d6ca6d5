class C:
    def m(self, a, b, a=3):
        return a + b


print(C().m(1, 2))
