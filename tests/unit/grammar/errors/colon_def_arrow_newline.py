def f() ->
    pass
