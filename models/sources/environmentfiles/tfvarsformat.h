#pragma once

#include "sources/source.h"

#include <QByteArray>

namespace DriftDeck {

// A *.tfvars file: the HCL subset Terraform accepts for variable values (name = value, where a
// value is a string, number, bool, null, list [..], map/object {..}, or a heredoc <<EOF / <<-EOF;
// comments #, // and /* */). Rows infra/var.<name>, as readTerraformVarsJson(). Expressions
// (function calls, references) are not values Terraform allows here either: they fail with file
// and line. "${…}" inside strings is kept as written.
SourceResult readTerraformVars(const QByteArray &text, const QString &label, const Normaliser &normaliser,
                               const QString &sourceId);

} // namespace DriftDeck
