# A discrete-event simulation of a bank queue with a seeded random number
# generator: customers arrive, wait for one of several tellers, and the
# program reports waiting-time statistics and a histogram.
import random
random.seed(1234)
class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = None
    @property
    def wait(self):
        return self.start - self.arrival
def simulate(n_customers, n_tellers):
    t = 0
    customers = []
    for cid in range(n_customers):
        t += random.randint(1, 4)
        customers.append(Customer(cid, t, random.randint(2, 9)))
    free_at = [0] * n_tellers
    served_by = [0] * n_tellers
    for c in customers:
        teller = min(range(n_tellers), key=lambda i: (free_at[i], i))
        c.start = max(c.arrival, free_at[teller])
        free_at[teller] = c.start + c.service
        served_by[teller] += 1
    return customers, served_by, max(free_at)
for tellers in (1, 2, 3):
    custs, served, end = simulate(40, tellers)
    waits = [c.wait for c in custs]
    avg = sum(waits) / len(waits)
    print(f"tellers={tellers} avg_wait={avg:.2f} max_wait={max(waits)} zero_waits={waits.count(0)} served={served} closes_at={end}")
custs, served, end = simulate(60, 2)
buckets = {}
for c in custs:
    b = min(c.wait // 5, 4)
    buckets[b] = buckets.get(b, 0) + 1
labels = ["0-4", "5-9", "10-14", "15-19", "20+"]
for b in range(5):
    print(f"{labels[b]:>6} | {'#' * buckets.get(b, 0)}")
longest = max(custs, key=lambda c: (c.wait, -c.cid))
print("longest wait: customer", longest.cid, "waited", longest.wait)
