#pragma once

// A register (XLSX, ODS, CSV or the Dutch government register's JSON) dropped on the main
// window: installed as the window's event filter, it accepts the drag of one such file while
// the window can take an import, and says which file was dropped. Other drops (text on an
// editor, other files) are left alone.

#include <QObject>

#include <functional>

namespace ropa {

class RegisterDrop : public QObject
{
    Q_OBJECT

public:
    // canImport: whether the window takes an import now (a project open and editable).
    RegisterDrop(std::function<bool()> canImport, QObject *parent = nullptr);

    // Whether the file's name is that of a register Ropa reads (a .json file: whether its content
    // is the Dutch government register's).
    static bool isRegister(const QString &path);

Q_SIGNALS:
    void registerDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<bool()> m_canImport;
};

} // namespace ropa
