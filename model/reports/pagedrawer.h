#pragma once

// Draws the pages of a laid-out record (recordlayout.h) on a paged device: header and footer,
// the tables' grid, the text, the appendix's figures.

#include "recordlayout.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace ropa::reports::paged {

// Draws pages [first, last) on a device that has its first page open, with helpers threads
// laying the text out ahead of the drawing. progress (if set) is called after each page with
// the pages drawn and the page count; when it returns false the drawing stops with an error.
// Returns an error or empty.
QString drawPages(const RecordLayout &laid, QPagedPaintDevice *device, int first, int last, int helpers,
                  const std::function<bool(int, int)> &progress = {});

} // namespace ropa::reports::paged
