#pragma once

// Every per-kind editor, one file each. Fields carry object names (the format's key in
// camelCase: "name", "country", "lawfulBasis", "sccModule", ...) so tests and screenshots can
// find them. EntityEditor picks the editor for a kind.

#include "activityeditor.h"
#include "datacategoryeditor.h"
#include "documenteditor.h"
#include "partyeditor.h"
#include "simpleentityeditor.h"
#include "systemeditor.h"
#include "transfereditor.h"
