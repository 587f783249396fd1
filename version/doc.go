// Package version tells which imrkit built the running program: the
// module version and the VCS revision Go records in every binary
// (runtime/debug.ReadBuildInfo). The command prints it (imr version,
// imr --version); SARIF logs, the JSON source of a letter and rendered
// PDFs carry it, so an output says which imrkit made it.
//
// It imports only the standard library, so every imrkit package can use
// it without an import cycle.
package version
