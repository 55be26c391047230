package dev.wuye.complaint.spi;

/**
 * The customer who raised an opinion. Personal data: {@link #toString()} masks it, and so must
 * every log line an implementation writes.
 *
 * @param name    the customer's name; nullable (anonymous forum posts)
 * @param phone   the customer's phone number; nullable
 * @param address building / unit / room (楼栋单元房号); nullable
 */
public record CustomerData(String name, String phone, String address) {

    @Override
    public String toString() {
        return "CustomerData[name=" + Masking.name(name) + ", phone=" + Masking.phone(phone)
                + ", address=" + Masking.address(address) + "]";
    }
}
