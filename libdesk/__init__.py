"""LibDesk: the outreach desk of the Taiyuan City Library (太原市图书馆)."""

__version__ = "0.1.0"
APP_NAME = "LibDesk"
ORG_NAME = "TaiyuanCityLibrary"
