#pragma once

// The editors' tests work on the demo company's project, and find its entities by name.

#include "commands/edits.h"
#include "domain/project.h"
#include "store/jsonformat.h"

#include <memory>

namespace ropa::test {

inline std::unique_ptr<Project> demoProject()
{
    const auto result =
        json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
    if (!result.data)
        qFatal("demo project: %s", qPrintable(result.error));
    return std::make_unique<Project>(*result.data);
}

// The entity of that kind with that name (a document's title); fails the test run without one.
template <typename T> Id byName(const Project &project, const QString &name)
{
    for (const auto &[id, e] : project.data().table<T>()) {
        if (nameOf(AnyEntity(e)) == name)
            return id;
    }
    qFatal("no entity named %s", qPrintable(name));
}

} // namespace ropa::test
