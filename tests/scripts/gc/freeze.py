# gc.freeze moves every tracked object into a permanent generation that
# collections ignore; gc.unfreeze puts them back; get_freeze_count reports
# how many are frozen (only compared with 0 here).
import gc
gc.collect()
print(gc.get_freeze_count())
a = []
a.append(a)
gc.freeze()
print(gc.get_freeze_count() > 0)
del a
print("frozen cycle not collected:", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print("after unfreeze:", gc.collect())
