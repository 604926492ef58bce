"""What the project's own tests share: the project's repository, a demo kata repository, child processes."""
