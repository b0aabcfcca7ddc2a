#pragma once
// The facets of what a user decided (OrganiseCounts counts them, the
// in-memory index answers them): its own header, so that StoreIndex and
// OrganiseCounts need not include each other.

enum class OrganiseFacet { Tag, State, Starred };
