"""`python -m dpo_desk`: the command line."""

from dpo_desk.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
