#pragma once

// The whole record laid out on pages (PDF, printer), ready to be drawn by any thread: every
// piece of text a measured Block (pagedblocks.h), put on pages by a Pager (pager.h). The cover
// (title, facts) and the contents share the first page; the sections follow each other.

#include "pager.h"
#include "writers.h"

#include <QRectF>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace ropa::reports::paged {

// A record laid out on pages (steps 1 and 2), ready to be drawn by any thread.
struct RecordLayout
{
    std::deque<Block> blocks;
    std::deque<TableBlocks> tables;
    std::vector<Page> pages;
    int dpiX = 0;
    int dpiY = 0;
    int threads = 1;
    float width = 0;
    float bodyHeight = 0;
    float headerHeight = 0;
    float footerHeight = 0;
    float gridWidth = 0;
    float ruleWidth = 0;
    QString headerLeft;
    QString headerRight;
    QString pageText;
};

// The record's blocks measured (on options.layoutThreads threads) and put on pages, for a
// device of a resolution and a page body.
std::unique_ptr<RecordLayout> layOutRecord(const Report &report, const PagedOptions &options, int dpiX, int dpiY,
                                           const QRectF &body);

// The right side of each page's header: the record and its date.
QString pageHeaderRight(const Report &report);

} // namespace ropa::reports::paged
