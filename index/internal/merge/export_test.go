package merge

// SetHookBeforeCommit sets the function a merge calls between writing its
// segment and committing it.
func SetHookBeforeCommit(f func()) { testHookBeforeCommit = f }
