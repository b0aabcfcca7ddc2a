#pragma once
// A tiny deterministic random source for the benchmark's data generator
// (splitmix64). Unlike std::mt19937 with std::*_distribution, its numbers
// are the same with every compiler and standard library, so a seed always
// gives the same files.

#include <QtGlobal>

class BenchRandom
{
public:
    explicit BenchRandom(quint64 seed) : m_state(seed) {}
    BenchRandom(quint64 seed, quint64 stream, quint64 index)
        : m_state(mix(seed ^ mix(stream * 0x9E3779B97F4A7C15ULL + index)))
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        return mix(z);
    }
    // Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // True with probability percent / 100.
    bool chance(int percent) { return below(100) < percent; }
    // Roughly Zipf-like over [0, n): small indexes are much more likely.
    int skewed(int n)
    {
        const double u = double(next() >> 11) / double(1ULL << 53);
        return qMin(n - 1, int(double(n) * u * u * u));
    }

    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    quint64 m_state;
};
