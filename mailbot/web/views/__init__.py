"""The staff pages, one module a page (or a group of pages); each lists its ``routes``."""
