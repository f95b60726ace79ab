#pragma once

// Column widths of the inventory's tables and tree: each column as wide as its contents (up
// to a cap), and when they do not all fit, the widest give way first.

class QTableView;
class QTreeView;

namespace ropa {

// keepFirst: the first column (the name a reader finds a row by) keeps its width up to half
// the table, and the other columns share the rest.
void fitTableColumns(QTableView *table, bool keepFirst);
// The name column (with its indentation) gets what it needs up to half the width, the other
// columns their contents; the last one stretches.
void fitTreeColumns(QTreeView *tree);

} // namespace ropa
