"""The operations: a session in, a result out. The command line and the window both call these."""
