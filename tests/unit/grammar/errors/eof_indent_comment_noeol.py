class A:
    def f(self):
        # todo