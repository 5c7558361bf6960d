"""Case services: intake, lifecycle actions, views, lists and search."""
