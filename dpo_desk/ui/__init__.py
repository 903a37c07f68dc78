"""The Qt window: a thin layer over the core. Nothing here runs SQL; it calls services through `ops`."""
