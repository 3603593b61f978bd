module github.com/dateline-news/dateline

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/araddon/dateparse v0.0.0-20210429162001-6b43995a97de
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.23.0
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.6
	github.com/kljensen/snowball v0.10.0
	golang.org/x/sys v0.50.0
)

require github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
