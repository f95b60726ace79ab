#include "projectpage.h"

namespace ropa {

ProjectPage::~ProjectPage() = default;

} // namespace ropa
