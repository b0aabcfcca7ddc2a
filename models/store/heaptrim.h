#pragma once
// Gives the heap pages a thread has freed back to the system. glibc keeps
// them in the thread's malloc arena, so after a worker has read a large
// store the window's resident memory would otherwise keep that peak.

#ifdef __GLIBC__
#include <malloc.h>
#endif

inline void releaseFreedHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
