/* tests/unit/vm/probe.h: a probe, the smallest object there is: a C type
 * with no references whose dealloc counts its deaths (and can record, for
 * MI_CLEAR's contract, what a watched field held when it died).  Put one in
 * a container and its death tells when the container let go. */
#ifndef MINI_TESTS_VM_PROBE_H
#define MINI_TESTS_VM_PROBE_H

#include "vm/abstract.h"
#include "vm/object.h"

typedef struct Probe {
    MI_HEAD
    int *deaths;                /* incremented by dealloc */
    MiObject **watch;           /* a field to look at while dying, or NULL */
    MiObject **seen;            /* where to write what *watch held then */
} Probe;

static void
probe_dealloc(MiObject *o)
{
    Probe *p = (Probe *)o;
    (*p->deaths)++;
    if (p->watch != NULL)
        *p->seen = *p->watch;
    mi_object_free(o);
}

static MiType probe_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "probe",
    .basicsize = sizeof(Probe),
    .dealloc = probe_dealloc,
};

/* A new probe counting its deaths in *deaths. */
static inline MiObject *
probe_new(int *deaths)
{
    Probe *p = (Probe *)mi_object_alloc(&probe_type);
    if (p != NULL)
        p->deaths = deaths;
    return (MiObject *)p;
}

#endif /* MINI_TESTS_VM_PROBE_H */
