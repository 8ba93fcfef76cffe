# the types module: type names, SimpleNamespace, new_class, ModuleType
import types
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"))
ns.c = 3; print(ns)
def f(): pass
print(types.FunctionType is type(f), isinstance(f, types.FunctionType), types.NoneType, types.ModuleType)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C, C.x, C.__mro__)
print(types.MethodType, types.BuiltinFunctionType, types.GeneratorType, types.MappingProxyType, types.CodeType, types.FrameType, types.TracebackType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.GenericAlias, types.EllipsisType)
m = types.ModuleType("mymod"); m.x = 1; print(m, m.x)
