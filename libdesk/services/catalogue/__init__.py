"""The local catalogue: the library's catalogue export imported into ``catalog_title`` (ISBN
primary key, bulk inserts), and the one lookup every scan uses: the catalogue first, then
lines typed earlier in LibDesk."""
