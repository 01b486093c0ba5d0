from libdesk.cli import main

raise SystemExit(main())
