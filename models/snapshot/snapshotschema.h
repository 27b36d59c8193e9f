#pragma once

#include "snapshot.h"
#include "workspace/policy.h"

#include <concepts>
#include <type_traits>

namespace DriftDeck::SnapshotSchema {

// The objects of a snapshot file's header, each described once. SnapshotFile's writer and
// SnapshotParser both walk these descriptions (a visitor's field() is called for each member,
// in file order), so a new field is one line here: written, read, type-checked and reported by
// path when damaged. The entries are not described here: they are the hot path of both
// directions and have their own layouts (inline in version 1, columns in version 2; see
// snapshotcolumns.h). Members a reader does not know are skipped, so adding one needs no new
// format version; changing a meaning does (SnapshotParser::upgrade).
//
// Visitors implement `template<typename T> void field(const char *name, T &value, Flags flags)`
// for QString, QStringList, QDate, QDateTime, bool, double, int, qint64, SourceState, the
// described structs and QLists of them.
enum Flag : quint8 {
    Inline = 0,
    Break = 1, // written on a new line: lists of objects and the policy's sections
    Required = 2, // a reader fails without it
    OmitWhenEmpty = 4, // not written when empty (added within a format version)
};
using Flags = quint8;

template<typename T, typename U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

template<typename V, Is<RuleOrigin> T> void describe(V &v, T &origin)
{
    v.field("file", origin.file, Inline);
    v.field("line", origin.line, Inline);
    v.field("column", origin.column, Inline);
}

// Every rule: its key glob first, its origin in the rules file last.
template<typename V, Is<ExpectedDifference> T> void describe(V &v, T &rule)
{
    v.field("key", rule.key, Required);
    v.field("environments", rule.environments, Inline);
    v.field("reason", rule.reason, Inline);
    v.field("owner", rule.owner, Inline);
    v.field("expires", rule.expires, Inline);
    v.field("origin", rule.origin, Inline);
}

template<typename V, Is<IgnoreRule> T> void describe(V &v, T &rule)
{
    v.field("key", rule.key, Required);
    v.field("environments", rule.environments, Inline);
    v.field("origin", rule.origin, Inline);
}

template<typename V, Is<ToleranceRule> T> void describe(V &v, T &rule)
{
    v.field("key", rule.key, Required);
    v.field("absolute", rule.absolute, Inline);
    v.field("relative", rule.relative, Inline);
    v.field("origin", rule.origin, Inline);
}

template<typename V, Is<MustMatchRule> T> void describe(V &v, T &rule)
{
    v.field("key", rule.key, Required);
    v.field("origin", rule.origin, Inline);
}

template<typename V, Is<ChecklistTick> T> void describe(V &v, T &tick)
{
    v.field("key", tick.key, Required);
    v.field("environments", tick.environments, Inline);
    v.field("pass", tick.pass, Inline);
    v.field("note", tick.note, Inline);
    v.field("by", tick.by, Inline);
    v.field("date", tick.date, Inline);
    v.field("origin", tick.origin, Inline);
}

template<typename V, Is<Policy> T> void describe(V &v, T &policy)
{
    v.field("expected", policy.expected, Break);
    v.field("ignore", policy.ignore, Break);
    v.field("tolerance", policy.tolerance, Break);
    v.field("mustMatch", policy.mustMatch, Break);
    v.field("checklist", policy.checklist, Break | OmitWhenEmpty); // parity ticks, added within versions 1 and 2
    v.field("secrets", policy.secrets, Break);
}

template<typename V, Is<Layer> T> void describe(V &v, T &layer)
{
    v.field("source", layer.source, Inline);
    v.field("label", layer.label, Inline);
    v.field("location", layer.location, Inline);
}

template<typename V, Is<SourceStatus> T> void describe(V &v, T &source)
{
    v.field("id", source.id, Inline);
    v.field("type", source.type, Inline);
    v.field("label", source.label, Inline);
    v.field("keyPrefixes", source.keyPrefixes, Inline);
    v.field("state", source.state, Inline);
    v.field("error", source.error, Inline);
    v.field("warnings", source.warnings, Inline);
    v.field("fetchedAt", source.fetchedAt, Inline);
    v.field("lastSuccess", source.lastSuccess, Inline);
    v.field("latencyMs", source.latencyMs, Inline);
}

// An environment's header; its "entries" follow (version 1) or sit in the payload (version 2).
template<typename V, Is<EnvironmentCapture> T> void describe(V &v, T &environment)
{
    v.field("name", environment.name, Required);
    v.field("displayName", environment.displayName, Inline);
    v.field("colour", environment.colour, Inline);
    v.field("group", environment.group, OmitWhenEmpty);
    v.field("layers", environment.layers, Break);
    v.field("sources", environment.sources, Break);
}

} // namespace DriftDeck::SnapshotSchema
